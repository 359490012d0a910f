/* cmd_scores: TEMPORARY placeholder until the owning module lands; replace this whole file. */
#include "cli.h"
#include <stdio.h>

int cmd_scores(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "trigger-trainer: 'scores' is not built yet\n");
    return 1;
}
