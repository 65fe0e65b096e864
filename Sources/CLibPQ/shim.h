#ifndef DANGKE_CLIBPQ_SHIM_H
#define DANGKE_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#include <poll.h>
#include <errno.h>

// Small helpers kept on the C side of libpq.

/// Waits until the connection's socket is readable or `timeout_ms` passed.
/// Returns 1 when readable, 0 on timeout or interruption (EINTR), -1 on error.
static inline int dangke_pq_wait_readable(PGconn *conn, int timeout_ms) {
  struct pollfd fd;
  fd.fd = PQsocket(conn);
  fd.events = POLLIN;
  fd.revents = 0;
  if (fd.fd < 0) return -1;
  int n = poll(&fd, 1, timeout_ms);
  if (n < 0) return errno == EINTR ? 0 : -1;
  return n > 0 ? 1 : 0;
}

/// Waits until the connection's socket is writable (for flushing COPY data) or `timeout_ms`.
static inline int dangke_pq_wait_writable(PGconn *conn, int timeout_ms) {
  struct pollfd fd;
  fd.fd = PQsocket(conn);
  fd.events = POLLOUT;
  fd.revents = 0;
  if (fd.fd < 0) return -1;
  int n = poll(&fd, 1, timeout_ms);
  if (n < 0) return errno == EINTR ? 0 : -1;
  return n > 0 ? 1 : 0;
}

/// The field of an error result named by one of libpq's PG_DIAG_* letters ('C' SQLSTATE,
/// 'M' primary message, 'D' detail, 'H' hint), or NULL.
static inline const char *dangke_pq_error_field(const PGresult *result, int field) {
  return PQresultErrorField(result, field);
}
#endif
