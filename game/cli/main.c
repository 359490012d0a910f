/* main: the trigger-trainer executable; everything happens in cli_main. */
#include <signal.h>

#include "cli/cli.h"

int main(int argc, char **argv)
{
    /* past a file-size limit (ulimit -f) a write should fail like on a full disk, so the
     * score store can keep the answer and say so, instead of the process being killed */
    signal(SIGXFSZ, SIG_IGN);
    return cli_main(argc, argv);
}
