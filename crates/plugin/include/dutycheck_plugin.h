/*
 * dutycheck_plugin.h: the dutycheck plugin ABI, version 1.0, for C.
 *
 * This header mirrors crates/plugin/src/abi.rs field for field; that file is
 * the reference and explains the rules. In short:
 *
 *   - Export `const DutycheckPluginV1 *dutycheck_plugin_v1(void)` returning a
 *     pointer to a table with static lifetime.
 *   - Inputs are borrowed for the duration of a call; outputs are buffers
 *     you allocate and the host hands back to your `free_buffer` once.
 *   - A non-zero status means `out` holds a UTF-8 error text, not JSON.
 *   - Every function may be called from several threads at once.
 *   - Fields are only ever appended; set `struct_size` to sizeof your table.
 */
#ifndef DUTYCHECK_PLUGIN_H
#define DUTYCHECK_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DUTYCHECK_ABI_MAJOR 1u
#define DUTYCHECK_ABI_MINOR 0u

/* The minor version of the request and document JSON (not of this table):
 * 1.1 adds "wire_minor" and "catalog" (the run's merged catalog) to the
 * request and "claims" to every case of the document. Fields are only
 * appended; ignore the ones you do not know. */
#define DUTYCHECK_WIRE_MINOR 2u

/* The largest answer (out->len) the host accepts from one call: 64 MiB. */
#define DUTYCHECK_MAX_ANSWER_BYTES (64u * 1024u * 1024u)

#define DUTYCHECK_OK 0
#define DUTYCHECK_INVALID_REQUEST 1
#define DUTYCHECK_INVALID_OPTIONS 2
#define DUTYCHECK_UNKNOWN_CHECK 3
#define DUTYCHECK_CHECK_ERROR 4
#define DUTYCHECK_PANIC 5

/* Bytes owned by the plugin. `cap` is yours to use (Rust stores the
 * vector's capacity there). An empty buffer may have ptr == NULL. */
typedef struct DutycheckBuffer {
    uint8_t *ptr;
    size_t len;
    size_t cap;
} DutycheckBuffer;

typedef struct DutycheckPluginV1 {
    uint32_t abi_major;
    uint32_t abi_minor;
    size_t struct_size;
    /* Writes the manifest JSON into *out. */
    int32_t (*manifest)(DutycheckBuffer *out);
    /* Runs one check: request and document are borrowed UTF-8 JSON. */
    int32_t (*run)(const uint8_t *request, size_t request_len,
                   const uint8_t *document, size_t document_len,
                   DutycheckBuffer *out);
    /* Releases a buffer written by manifest or run. */
    void (*free_buffer)(DutycheckBuffer buf);
} DutycheckPluginV1;

#ifdef __cplusplus
}
#endif

#endif /* DUTYCHECK_PLUGIN_H */
