#include "dk_pq.h"

#include <dlfcn.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#if defined(__APPLE__)
#define DK_PQ_LIBRARY "libpq.5.dylib"
#else
#define DK_PQ_LIBRARY "libpq.so.5"
#endif

// Every libpq function Dangke calls: its result type, name and parameter list (twice: with
// names and as passed on).
#define DK_PQ_FUNCTIONS(X)                                                                    \
  X(PQconninfoOption *, PQconninfoParse, (const char *a, char **b), (a, b))                   \
  X(void, PQconninfoFree, (PQconninfoOption * a), (a))                                        \
  X(void, PQfreemem, (void *a), (a))                                                          \
  X(PGconn *, PQconnectdbParams, (const char *const *a, const char *const *b, int c),         \
    (a, b, c))                                                                                \
  X(ConnStatusType, PQstatus, (const PGconn *a), (a))                                         \
  X(void, PQfinish, (PGconn * a), (a))                                                        \
  X(void, PQreset, (PGconn * a), (a))                                                         \
  X(char *, PQerrorMessage, (const PGconn *a), (a))                                           \
  X(char *, PQhost, (const PGconn *a), (a))                                                   \
  X(char *, PQport, (const PGconn *a), (a))                                                   \
  X(char *, PQdb, (const PGconn *a), (a))                                                     \
  X(char *, PQuser, (const PGconn *a), (a))                                                   \
  X(int, PQsocket, (const PGconn *a), (a))                                                    \
  X(PGresult *, PQexec, (PGconn * a, const char *b), (a, b))                                  \
  X(int, PQsendQueryParams,                                                                   \
    (PGconn * a, const char *b, int c, const Oid *d, const char *const *e, const int *f,      \
     const int *g, int h),                                                                    \
    (a, b, c, d, e, f, g, h))                                                                 \
  X(int, PQsetSingleRowMode, (PGconn * a), (a))                                               \
  X(int, PQisBusy, (PGconn * a), (a))                                                         \
  X(int, PQconsumeInput, (PGconn * a), (a))                                                   \
  X(PGresult *, PQgetResult, (PGconn * a), (a))                                               \
  X(void, PQclear, (PGresult * a), (a))                                                       \
  X(ExecStatusType, PQresultStatus, (const PGresult *a), (a))                                 \
  X(char *, PQresultErrorField, (const PGresult *a, int b), (a, b))                           \
  X(int, PQnfields, (const PGresult *a), (a))                                                 \
  X(int, PQntuples, (const PGresult *a), (a))                                                 \
  X(char *, PQfname, (const PGresult *a, int b), (a, b))                                      \
  X(Oid, PQftype, (const PGresult *a, int b), (a, b))                                         \
  X(int, PQgetisnull, (const PGresult *a, int b, int c), (a, b, c))                           \
  X(char *, PQgetvalue, (const PGresult *a, int b, int c), (a, b, c))                         \
  X(int, PQgetlength, (const PGresult *a, int b, int c), (a, b, c))                           \
  X(PGcancel *, PQgetCancel, (PGconn * a), (a))                                               \
  X(int, PQcancel, (PGcancel * a, char *b, int c), (a, b, c))                                 \
  X(void, PQfreeCancel, (PGcancel * a), (a))                                                  \
  X(int, PQputCopyData, (PGconn * a, const char *b, int c), (a, b, c))                        \
  X(int, PQputCopyEnd, (PGconn * a, const char *b), (a, b))

#define DK_PQ_POINTER(type, name, params, args) static type(*p_##name) params;
DK_PQ_FUNCTIONS(DK_PQ_POINTER)

#define DK_PQ_CALL(type, name, params, args) \
  type dk_##name params { return p_##name args; }
DK_PQ_FUNCTIONS(DK_PQ_CALL)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];

static void load(void) {
  void *handle = dlopen(DK_PQ_LIBRARY, RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) {
    const char *reason = dlerror();
    snprintf(failure, sizeof failure, "%s", reason ? reason : DK_PQ_LIBRARY);
    return;
  }
#define DK_PQ_RESOLVE(type, name, params, args)                                    \
  if (failure[0] == 0) {                                                           \
    p_##name = (type(*) params)dlsym(handle, #name);                               \
    if (p_##name == NULL) snprintf(failure, sizeof failure, "%s: no %s", DK_PQ_LIBRARY, #name); \
  }
  DK_PQ_FUNCTIONS(DK_PQ_RESOLVE)
}

int dk_pq_load(char *error, size_t capacity) {
  pthread_once(&once, load);
  if (failure[0] == 0) return 0;
  if (capacity > 0) snprintf(error, capacity, "%s", failure);
  return -1;
}

const char *dk_pq_library(void) { return DK_PQ_LIBRARY; }

static int wait_for(PGconn *conn, short events, int timeout_ms) {
  struct pollfd fd;
  fd.fd = dk_PQsocket(conn);
  fd.events = events;
  fd.revents = 0;
  if (fd.fd < 0) return -1;
  int n = poll(&fd, 1, timeout_ms);
  if (n < 0) return errno == EINTR ? 0 : -1;
  return n > 0 ? 1 : 0;
}

int dangke_pq_wait_readable(PGconn *conn, int timeout_ms) { return wait_for(conn, POLLIN, timeout_ms); }

int dangke_pq_wait_writable(PGconn *conn, int timeout_ms) { return wait_for(conn, POLLOUT, timeout_ms); }

const char *dangke_pq_error_field(const PGresult *result, int field) {
  return dk_PQresultErrorField(result, field);
}
