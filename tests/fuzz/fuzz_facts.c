/* fuzz_facts: a stored answer read back (records/facts.c) from any texts. The input's first
 * byte picks the kind; then up to three lines: the answer, the result and the question as
 * the store keeps them. Reading never fails; whatever it finds stays in range, and paint
 * that protocol.c also accepts must be the same cells protocol.c paints (the in-place
 * reader and the protocol's parser are two readers of one form). */
#include "fuzz_common.h"
#include "quiz/protocol.h"
#include "records/facts.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static Facts *facts;
static ProtocolAnswer *pa;

static void unload(void)
{
    facts_free(facts);
    free(pa);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    facts = facts_new(fuzz_atlas());
    pa = malloc(sizeof *pa);
    if (!facts || !pa) abort();
    atexit(unload);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!facts) LLVMFuzzerInitialize(NULL, NULL);
    if (size == 0) return 0;
    static const char *const kinds[] = {"locate", "refer", "identify", "name", "bogus"};
    static const char *const muscles[] = {"upper_trapezius", "infraspinatus", "masseter", "nope"};
    char *text = malloc(size);
    if (!text) return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = 0;
    char *parts[3] = {text, NULL, NULL};
    for (int i = 1; i < 3; i++) {
        char *nl = parts[i - 1] ? strchr(parts[i - 1], '\n') : NULL;
        if (nl) *nl = 0, parts[i] = nl + 1;
    }
    FactsInput in = {.kind = kinds[data[0] % 5], .muscle = muscles[(data[0] / 5) % 4], .answer = parts[0],
                     .result = parts[1], .question = parts[2], .score = data[0] % 101};
    AnswerFacts x;
    facts_read(facts, &in, &x);
    if (x.npainted < 0 || x.npainted > FACTS_MAX_AREAS || x.nareas < 0 || x.nareas > FACTS_MAX_AREAS) abort();
    if (x.painted_cm2 < 0 || (x.has_paint && !x.paint) || x.view >= VIEW_COUNT || x.side >= SIDE_COUNT) abort();
    for (int i = 0; i < x.nareas; i++)
        if (!x.areas[i] || x.verdicts[i] < 0 || x.verdicts[i] >= FACTS_VERDICT_COUNT) abort();
    char err[256];
    /* paint per view: facts reads the first view painted, protocol.c's first entry */
    if (x.has_paint && protocol_parse_answer(parts[0], pa, err, sizeof err) == 0 && pa->answer.has_paint &&
        pa->answer.npaints > 0 &&
        (pa->paints[0].view != x.paint_view || memcmp(pa->paints[0].grid->cells, x.paint->cells, sizeof x.paint->cells) != 0))
        abort();
    free(text);
    return 0;
}
