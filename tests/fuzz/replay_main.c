/* replay_main: runs a fuzz target's LLVMFuzzerTestOneInput over files, without libFuzzer, so
 * that the normal (gcc, ASan + UBSan) test build replays every seed and every regression
 * input. Usage: replay_NAME FILE_OR_DIR... (directories: every file, in name order; names
 * starting with '.' are skipped). A crash or sanitizer report fails the test; otherwise it
 * prints "N passed, 0 failed". */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "%s: cannot open\n", path); return -1; }
    size_t cap = 1 << 16, len = 0;
    uint8_t *buf = malloc(cap);
    for (size_t n; buf && (n = fread(buf + len, 1, cap - len, f)) > 0;) {
        len += n;
        if (len == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            else buf = nb;
        }
    }
    int failed = ferror(f) || !buf;
    fclose(f);
    if (failed) { fprintf(stderr, "%s: cannot read\n", path); free(buf); return -1; }
    /* a copy of exactly len bytes, so that ASan sees any read past the input */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) { free(buf); return -1; }
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int passed = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) continue;   /* an absent folder holds no inputs */
        if (!S_ISDIR(st.st_mode)) {
            if (run_file(argv[i]) == 0) passed++; else failed++;
            continue;
        }
        struct dirent **names;
        int n = scandir(argv[i], &names, NULL, by_name);
        if (n < 0) { fprintf(stderr, "%s: cannot list\n", argv[i]); failed++; continue; }
        for (int k = 0; k < n; k++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], names[k]->d_name);
            if (names[k]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
                if (run_file(path) == 0) passed++; else failed++;
            }
            free(names[k]);
        }
        free(names);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
