/* fuzz_replay: the input replay file parser (input_replay_parse) with recording text in.
 * A refused file must say which line; every event of an accepted file must survive a
 * round trip through input_event_format and input_event_parse unchanged in kind. */
#include "fuzz_common.h"
#include "engine/input.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InputReplay r;
    char err[200] = "";
    int n = input_replay_parse(&r, (const char *)data, size, err, sizeof err);
    if (n < 0) {
        if (!err[0] || r.events || r.count) abort();
        return 0;
    }
    if (n != r.count) abort();
    for (int i = 0; i < r.count; i++) {
        char line[256];
        InputEvent back;
        int len = input_event_format(&r.events[i], line, sizeof line);
        if (len < 0 || len >= (int)sizeof line || !input_event_parse(line, &back)) abort();
        if (back.type != r.events[i].type || back.ms != r.events[i].ms || back.key != r.events[i].key) abort();
    }
    input_replay_unload(&r);
    return 0;
}
