/* shots: the scenes `trigger-trainer shot` can draw, each set up with sample data, and the
 * list `shot --list` prints. */
#include "tools/shots.h"
#include "tools/sample.h"
#include "screens/quiz_view.h"
#include "screens/scenes.h"

#include <stddef.h>
#include <string.h>

static Scene *make_title(Game *g, const char *arg) { (void)arg; return scene_title_new(g); }
static Scene *make_menu(Game *g, const char *arg) { (void)arg; return scene_menu_new(g); }

static Scene *make_players(Game *g, const char *arg) { (void)arg; return scene_players_new(g); }

static Scene *make_settings(Game *g, const char *arg) { (void)arg; return scene_settings_new(g); }

static Scene *make_chart(Game *g, const char *arg) { return scene_chart_new(g, arg); }
static Scene *make_muscle(Game *g, const char *arg) { return scene_muscle_new(g, arg); }
static Scene *make_explore(Game *g, const char *arg) { return scene_explore_new(g, arg); }

/* symptom search with pain painted over the upper trapezius pattern */
static Scene *make_symptom(Game *g, const char *arg)
{
    (void)arg;
    Scene *s = scene_explore_new(g, NULL);
    const AtlasTrp *t = s ? atlas_trp(game_atlas(g), "upper_trapezius_1", NULL) : NULL;
    Vec2 dabs[2048];
    int n = 0;
    if (t && t->essential[SIDE_RIGHT][VIEW_POSTERIOR].count) {
        const Polygon *p = &t->essential[SIDE_RIGHT][VIEW_POSTERIOR].polys[0];
        Rect b = geom_polygon_bounds(p->pts, p->n);
        for (float y = b.y + 1; y < b.y + b.h; y += 1.2f)
            for (float x = b.x + 0.5f; x < b.x + b.w; x += 1.2f)
                if (geom_point_in_polygon((Vec2){x, y}, p->pts, p->n) && n < 2048)
                    dabs[n++] = (Vec2){x, y};
    }
    if (s)
        scene_explore_search_paint(s, VIEW_POSTERIOR, dabs, n, 1.4f);
    return s;
}

static Scene *make_progress(Game *g, const char *arg) { (void)arg; return scene_progress_new(g); }

/* play screens (quiz_view.c sets each up with a short sample round) */
static Scene *make_play(Game *g, const char *arg) { (void)arg; return scene_play_new(g); }
static Scene *make_quiz_locate(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "locate", false, false); }
static Scene *make_quiz_locate_reveal(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "locate", true, false); }
static Scene *make_quiz_refer(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "refer", false, true); }
static Scene *make_quiz_refer_reveal(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "refer", true, true); }
static Scene *make_quiz_identify(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "identify", false, false); }
static Scene *make_quiz_name(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "name", false, false); }
static Scene *make_quiz_identify_reveal(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "identify", true, false); }
static Scene *make_quiz_name_reveal(Game *g, const char *arg) { (void)arg; return quiz_view_shot_quiz(g, "name", true, false); }
static Scene *make_results(Game *g, const char *arg) { (void)arg; return quiz_view_shot_results(g); }
static Scene *make_review(Game *g, const char *arg) { (void)arg; return scene_review_new(g); }

static Scene *make_icon(Game *g, const char *arg) { (void)arg; return scene_icon_new(g); }

static const ShotEntry entries[] = {
    {"title", "the title screen", make_title},
    {"menu", "the main menu", make_menu},
    {"players", "choose or create a player", make_players},
    {"settings", "display and play preferences", make_settings},
    {"chart:", "chart:VIEW, one view with outlines and landmarks (anterior, posterior, lateral_right, lateral_left, "
               "foot_plantar, leg_medial, hand_palmar, hand_dorsal)", make_chart},
    {"muscle:", "muscle:ID, a muscle with its trigger points and pain zones in every view", make_muscle},
    {"explore", "the atlas browser; explore:ID opens a muscle", make_explore},
    {"explore:", "explore:ID, the atlas browser with a muscle open", make_explore},
    {"symptom", "symptom search with pain painted and the muscles found", make_symptom},
    {"progress", "mastery map and scores over time (sample player)", make_progress},
    {"icon", "the application icon (shot icon --size 256x256)", make_icon},
    {"play", "the quiz list with the player's best scores", make_play},
    {"quiz:locate", "a locate question (click the trigger point), timer running", make_quiz_locate},
    {"quiz:locate-reveal", "a locate answer revealed: trigger point, click, distance, landmarks", make_quiz_locate_reveal},
    {"quiz:refer", "a refer question with paint on the chart", make_quiz_refer},
    {"quiz:refer-reveal", "a refer answer revealed: paint over the essential and spillover zones", make_quiz_refer_reveal},
    {"quiz:identify", "an identify question: a pain pattern and muscles to choose from", make_quiz_identify},
    {"quiz:name", "a name question: a trigger point and muscles to choose from", make_quiz_name},
    {"quiz:identify-reveal", "an identify answer revealed (a wrong choice, the right muscle shown)", make_quiz_identify_reveal},
    {"quiz:name-reveal", "a name answer revealed (a wrong choice, the right muscle shown)", make_quiz_name_reveal},
    {"results", "results of a sample round, first question revealed again", make_results},
    {"review", "a review round from the sample player's due and weakest items", make_review},
};

const ShotEntry *shot_entries(int *count)
{
    *count = (int)(sizeof entries / sizeof entries[0]);
    return entries;
}

const ShotEntry *shot_find(const char *scene, const char **arg)
{
    int n;
    const ShotEntry *e = shot_entries(&n);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(e[i].name);
        bool prefix = e[i].name[len - 1] == ':';
        if (prefix ? !strncmp(scene, e[i].name, len) && scene[len] : !strcmp(scene, e[i].name)) {
            *arg = scene + (prefix ? len : strlen(scene));
            return &e[i];
        }
    }
    return NULL;
}
