/*
 * The floor of the build benchmark: the least a static site generator must do with the
 * corpus. Walks CONTENT, renders every .md file (front matter skipped) with libcmark and
 * writes it to OUTPUT with pretty URLs (a/b.md -> a/b/index.html, a/index.md ->
 * a/index.html), on one thread, with no templates, navigation or diagrams.
 *
 *   cc -O2 floor.c $(pkg-config --cflags --libs libcmark) -o floor
 *   ./floor CONTENT OUTPUT
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *content_root;
static size_t content_root_length;
static const char *output_root;
static long pages_written;

/* mkdir -p for the folders of PATH (PATH itself is a file). */
static int make_parents(char *path) {
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        int failed = mkdir(path, 0755) != 0 && errno != EEXIST;
        *slash = '/';
        if (failed) return -1;
    }
    return 0;
}

static char *read_file(const char *path, size_t *length) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    struct stat info;
    if (fstat(fileno(file), &info) != 0) { fclose(file); return NULL; }
    char *text = malloc((size_t)info.st_size + 1);
    size_t got = text ? fread(text, 1, (size_t)info.st_size, file) : 0;
    fclose(file);
    if (!text) return NULL;
    text[got] = '\0';
    *length = got;
    return text;
}

/* The Markdown after a leading `---` front matter block (or all of TEXT without one). */
static const char *skip_front_matter(const char *text, size_t *length) {
    if (strncmp(text, "---\n", 4) != 0) return text;
    const char *line = text + 4;
    while (*line) {
        const char *end = strchr(line, '\n');
        size_t width = end ? (size_t)(end - line) : strlen(line);
        if (width == 3 && strncmp(line, "---", 3) == 0) {
            const char *body = end ? end + 1 : line + width;
            *length -= (size_t)(body - text);
            return body;
        }
        if (!end) break;
        line = end + 1;
    }
    return text;
}

static int render(const char *path, const struct stat *info, int type, struct FTW *walk) {
    (void)info; (void)walk;
    size_t path_length = strlen(path);
    if (type != FTW_F || path_length < 3 || strcmp(path + path_length - 3, ".md") != 0) return 0;

    /* Relative path without ".md"; "index" stays a file, anything else becomes a folder. */
    const char *relative = path + content_root_length;
    while (*relative == '/') relative++;
    size_t stem_length = strlen(relative) - 3;
    const char *base = strrchr(relative, '/');
    base = base ? base + 1 : relative;
    int is_index = strcmp(base, "index.md") == 0 || strcmp(base, "_index.md") == 0;

    char target[4096];
    int written = is_index
        ? snprintf(target, sizeof target, "%s/%.*sindex.html", output_root,
                   (int)(base - relative), relative)
        : snprintf(target, sizeof target, "%s/%.*s/index.html", output_root,
                   (int)stem_length, relative);
    if (written < 0 || (size_t)written >= sizeof target) {
        fprintf(stderr, "floor: path too long: %s\n", path);
        return 1;
    }

    size_t length = 0;
    char *text = read_file(path, &length);
    if (!text) { perror(path); return 1; }
    const char *markdown = skip_front_matter(text, &length);
    char *html = cmark_markdown_to_html(markdown, length, CMARK_OPT_DEFAULT);
    free(text);

    if (make_parents(target) != 0) { perror(target); free(html); return 1; }
    FILE *out = fopen(target, "wb");
    if (!out) { perror(target); free(html); return 1; }
    fwrite(html, 1, strlen(html), out);
    int failed = fclose(out) != 0;
    free(html);
    if (failed) { perror(target); return 1; }
    pages_written++;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: floor CONTENT OUTPUT\n");
        return 2;
    }
    content_root = argv[1];
    content_root_length = strlen(content_root);
    output_root = argv[2];
    if (mkdir(output_root, 0755) != 0 && errno != EEXIST) { perror(output_root); return 1; }
    if (nftw(content_root, render, 64, FTW_PHYS) != 0) return 1;
    fprintf(stderr, "floor: %ld pages\n", pages_written);
    return 0;
}
