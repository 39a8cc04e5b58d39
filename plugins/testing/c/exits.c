/*
 * A C plugin that ends the process, for the in-process exit guard's tests
 * (issue 13, item 2). Compiled by crates/host/tests with `cc`:
 *
 *   (no define)        a plugin "exits" whose check "exit" calls exit(0)
 *   -DEXIT_ON_LOAD     the library's constructor calls exit(0), before the
 *                      host has read anything from it
 *
 * In a worker, either is a crash of the worker, reported as a plugin error.
 * In-process, dutycheck must not end with exit code 0: its exit handler
 * says which plugin was running and ends the process with code 2.
 */
#include <stdlib.h>
#include <string.h>
#include "dutycheck_plugin.h"

#ifdef EXIT_ON_LOAD
__attribute__((constructor)) static void leave_at_once(void) { exit(0); }
#endif

/* The manifest is static: nothing to allocate, nothing to free. */
static const char MANIFEST[] =
    "{\"name\":\"exits\",\"version\":\"0.0.1\",\"checks\":["
    "{\"id\":\"exit\",\"severity\":\"error\"}]}";

static int32_t manifest(DutycheckBuffer *out) {
    out->ptr = (uint8_t *)MANIFEST;
    out->len = sizeof(MANIFEST) - 1;
    out->cap = 0;
    return DUTYCHECK_OK;
}

static int32_t run(const uint8_t *request, size_t request_len,
                   const uint8_t *document, size_t document_len,
                   DutycheckBuffer *out) {
    (void)request; (void)request_len; (void)document; (void)document_len;
    (void)out;
    exit(0);
}

static void free_buffer(DutycheckBuffer buf) { (void)buf; }

static const DutycheckPluginV1 TABLE = {
    DUTYCHECK_ABI_MAJOR, DUTYCHECK_ABI_MINOR, sizeof(DutycheckPluginV1),
    manifest, run, free_buffer,
};

const DutycheckPluginV1 *dutycheck_plugin_v1(void) { return &TABLE; }
