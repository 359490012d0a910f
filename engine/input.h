/* input: one stream of events (mouse, keyboard, touch, window) in logical coordinates,
 * independent of SDL, so that scenes, recordings and replays share one type. A recording
 * is a text file, one event per line: "<ms> <type> <fields...>" (see input_event_format). */
#ifndef INPUT_H
#define INPUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef enum EventType {
    EV_NONE, EV_QUIT, EV_RESIZE, EV_POINTER_DOWN, EV_POINTER_UP, EV_POINTER_MOVE,
    EV_WHEEL, EV_PINCH, EV_KEY_DOWN, EV_KEY_UP, EV_TEXT, EV_TYPE_COUNT
} EventType;

typedef enum Key {
    KEY_NONE, KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_ENTER, KEY_ESCAPE, KEY_TAB,
    KEY_SPACE, KEY_BACKSPACE, KEY_DELETE, KEY_HOME, KEY_END, KEY_PAGEUP, KEY_PAGEDOWN,
    KEY_PLUS, KEY_MINUS, KEY_F1, KEY_F2, KEY_F5, KEY_F11, KEY_F12,
    KEY_0, KEY_1, KEY_2, KEY_3, KEY_4, KEY_5, KEY_6, KEY_7, KEY_8, KEY_9,
    KEY_A, KEY_B, KEY_C, KEY_D, KEY_E, KEY_F, KEY_G, KEY_H, KEY_I, KEY_J, KEY_K, KEY_L, KEY_M,
    KEY_N, KEY_O, KEY_P, KEY_Q, KEY_R, KEY_S, KEY_T, KEY_U, KEY_V, KEY_W, KEY_X, KEY_Y, KEY_Z,
    KEY_COUNT
} Key;

enum { MOD_SHIFT = 1, MOD_CTRL = 2, MOD_ALT = 4 };
enum { BUTTON_LEFT = 1, BUTTON_MIDDLE = 2, BUTTON_RIGHT = 3, BUTTON_TOUCH = 9 };

typedef struct InputEvent {
    EventType type;
    uint32_t ms;          /* time since the start of the run */
    float x, y;           /* pointer position, logical coordinates */
    float dx, dy;         /* wheel steps, or pointer motion */
    float scale;          /* EV_PINCH: distance ratio (>1 spreads) */
    int button;           /* BUTTON_* */
    Key key;
    int mods;             /* MOD_* */
    bool repeat;          /* key auto-repeat */
    char text[32];        /* EV_TEXT: UTF-8 */
} InputEvent;

const char *input_key_name(Key k);
Key input_key_parse(const char *name);
/* Writes one line (no newline) describing e; returns its length. */
int input_event_format(const InputEvent *e, char *buf, int len);
/* Parses one line; false for anything malformed (never reads past the string). */
bool input_event_parse(const char *line, InputEvent *out);

/* A recording: open for writing, append events, close. */
typedef struct InputRecorder InputRecorder;
/* header: the text of the first line ("# " header), which says what wrote the file. */
InputRecorder *input_record_open(const char *path, const char *header);
void input_record_event(InputRecorder *r, const InputEvent *e);
void input_record_close(InputRecorder *r);

/* A replay: every event of a file, in order. Returns the number of events loaded or -1 with
 * a "path:line: message" in err. */
typedef struct InputReplay { InputEvent *events; int count, next; } InputReplay;
int input_replay_load(InputReplay *r, const char *path, char *err, int errlen);
int input_replay_parse(InputReplay *r, const char *text, size_t len, char *err, int errlen);
void input_replay_unload(InputReplay *r);

#endif
