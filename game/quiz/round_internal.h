/* round_internal: what the files of the round runtime share (round.c plays a round,
 * round_ask.c resolves its questions): the Round itself. Not for the rest of the game. */
#ifndef ROUND_INTERNAL_H
#define ROUND_INTERNAL_H

#include "engine/luahost.h"
#include "quiz/round.h"

typedef struct RoundRecord {
    int n; QuizKind kind; const char *muscle; int score; bool correct, skipped;
    float points; int ms;
} RoundRecord;

struct Round {
    const Quiz *quiz;
    LuaHost *host;                    /* the set's */
    const Atlas *atlas;
    lua_State *L;
    uint64_t seed;
    uint64_t *rng;                    /* lives in the ctx table's userdata */
    int ctx_ref;
    QuizSpec *plan; int nplan, capplan;
    int index;                        /* plan[index] is asked now */
    Question current; bool has_current;
    RoundRecord *records; int nrecords;
    bool failed, finished;
    char error[QUIZ_FEEDBACK_MAX];
    const char *error_hook;           /* round_error_hook */
    int error_n;
    RoundPlanStats stats;
    bool adding;                      /* plan_add is called for a hook (again, ask) */
    char message[256];
    BodyGrid *painted[VIEW_COUNT];    /* an answer's circles rasterised (when it brings no grid) */
    Quiz own;                         /* round_begin_specs: the quiz it asks, not in the set */
};

/* Resolves spec sp into question q (side, trigger point, views, choices, areas, prompt);
 * false when it cannot be asked (nothing fits, or out of memory). */
bool round_resolve(Round *r, const QuizSpec *sp, Question *q);

#endif
