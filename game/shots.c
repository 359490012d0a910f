/* shots: the scenes `trigger-trainer shot` can draw, each set up with sample data, and the
 * list `shot --list` prints. */
#include "game.h"

#include <stddef.h>

static Scene *make_title(Game *g, const char *arg) { (void)arg; return scene_title_new(g); }
static Scene *make_menu(Game *g, const char *arg) { (void)arg; return scene_menu_new(g); }

static Scene *make_players(Game *g, const char *arg) { (void)arg; return scene_players_new(g); }

static Scene *make_settings(Game *g, const char *arg) { (void)arg; return scene_settings_new(g); }

static const ShotEntry entries[] = {
    {"title", "the title screen", make_title},
    {"menu", "the main menu", make_menu},
    {"players", "choose or create a player", make_players},
    {"settings", "display and play preferences", make_settings},
};

const ShotEntry *shot_entries(int *count)
{
    *count = (int)(sizeof entries / sizeof entries[0]);
    return entries;
}
