/* shots: the scenes `trigger-trainer shot` can draw, each set up with sample data, and the
 * list `shot --list` prints. */
#include "game.h"

#include <stddef.h>
#include <string.h>

static Scene *make_title(Game *g, const char *arg) { (void)arg; return scene_title_new(g); }
static Scene *make_menu(Game *g, const char *arg) { (void)arg; return scene_menu_new(g); }

static Scene *make_players(Game *g, const char *arg) { (void)arg; return scene_players_new(g); }

static Scene *make_settings(Game *g, const char *arg) { (void)arg; return scene_settings_new(g); }

static Scene *make_chart(Game *g, const char *arg) { return scene_chart_new(g, arg); }
static Scene *make_muscle(Game *g, const char *arg) { return scene_muscle_new(g, arg); }
static Scene *make_explore(Game *g, const char *arg) { return scene_explore_new(g, arg); }

static Scene *make_symptom(Game *g, const char *arg)
{
    (void)arg;
    Scene *s = scene_explore_new(g, NULL);
    if (s)
        explore_sample_symptom(s);
    return s;
}

static Scene *make_progress(Game *g, const char *arg) { (void)arg; return scene_progress_new(g); }

static const ShotEntry entries[] = {
    {"title", "the title screen", make_title},
    {"menu", "the main menu", make_menu},
    {"players", "choose or create a player", make_players},
    {"settings", "display and play preferences", make_settings},
    {"chart:", "chart:VIEW, one view with outlines and landmarks (anterior, posterior, lateral_right, lateral_left)", make_chart},
    {"muscle:", "muscle:ID, a muscle with its trigger points and pain zones in every view", make_muscle},
    {"explore", "the atlas browser; explore:ID opens a muscle", make_explore},
    {"explore:", "explore:ID, the atlas browser with a muscle open", make_explore},
    {"symptom", "symptom search with pain painted and the muscles found", make_symptom},
    {"progress", "mastery map and scores over time (sample player)", make_progress},
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
