/**
 * Memento (RFC 7089) over HTTP: the headers of originals and mementos, TimeGates and TimeMaps, per document under
 * /api/v1 and by original address at /timegate/{url} and /timemap/link/{url}.
 */
package archive.api.memento;
