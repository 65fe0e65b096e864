// libpq, PostgreSQL's client library, loaded with dlopen when Dangke first connects to a
// server instead of being linked: it pulls in OpenSSL, Kerberos and LDAP, which cost every
// start of the program several milliseconds and megabytes though most never connect.
//
// The types are libpq's own (libpq-fe.h, whose ABI, libpq.so.5, has not changed since
// PostgreSQL 8.0), declared here so that this header needs no libpq header. Each function
// `dk_PQname` calls libpq's `PQname`; call `dk_pq_load` first and only on success.
#ifndef DK_PQ_H
#define DK_PQ_H

#include <stddef.h>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef struct pg_cancel PGcancel;
typedef unsigned int Oid;

typedef enum { CONNECTION_OK, CONNECTION_BAD } ConnStatusType;

typedef enum {
  PGRES_EMPTY_QUERY = 0,
  PGRES_COMMAND_OK,
  PGRES_TUPLES_OK,
  PGRES_COPY_OUT,
  PGRES_COPY_IN,
  PGRES_BAD_RESPONSE,
  PGRES_NONFATAL_ERROR,
  PGRES_FATAL_ERROR,
  PGRES_COPY_BOTH,
  PGRES_SINGLE_TUPLE,
  PGRES_PIPELINE_SYNC,
  PGRES_PIPELINE_ABORTED
} ExecStatusType;

typedef struct _PQconninfoOption {
  char *keyword;
  char *envvar;
  char *compiled;
  char *val;
  char *label;
  char *dispchar;
  int dispsize;
} PQconninfoOption;

/// Loads libpq once (later calls return the first answer): 0 on success, else -1 with the
/// loader's reason in `error` (`capacity` bytes, always closed with a zero byte).
int dk_pq_load(char *error, size_t capacity);

/// The file name of the library `dk_pq_load` opens (`libpq.so.5`).
const char *dk_pq_library(void);

PQconninfoOption *dk_PQconninfoParse(const char *conninfo, char **errmsg);
void dk_PQconninfoFree(PQconninfoOption *options);
void dk_PQfreemem(void *ptr);
PGconn *dk_PQconnectdbParams(
    const char *const *keywords, const char *const *values, int expand_dbname);
ConnStatusType dk_PQstatus(const PGconn *conn);
void dk_PQfinish(PGconn *conn);
void dk_PQreset(PGconn *conn);
char *dk_PQerrorMessage(const PGconn *conn);
char *dk_PQhost(const PGconn *conn);
char *dk_PQport(const PGconn *conn);
char *dk_PQdb(const PGconn *conn);
char *dk_PQuser(const PGconn *conn);
int dk_PQsocket(const PGconn *conn);
PGresult *dk_PQexec(PGconn *conn, const char *query);
int dk_PQsendQueryParams(
    PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
    const char *const *paramValues, const int *paramLengths, const int *paramFormats,
    int resultFormat);
int dk_PQsetSingleRowMode(PGconn *conn);
int dk_PQisBusy(PGconn *conn);
int dk_PQconsumeInput(PGconn *conn);
PGresult *dk_PQgetResult(PGconn *conn);
void dk_PQclear(PGresult *res);
ExecStatusType dk_PQresultStatus(const PGresult *res);
char *dk_PQresultErrorField(const PGresult *res, int fieldcode);
int dk_PQnfields(const PGresult *res);
int dk_PQntuples(const PGresult *res);
char *dk_PQfname(const PGresult *res, int field_num);
Oid dk_PQftype(const PGresult *res, int field_num);
int dk_PQgetisnull(const PGresult *res, int tup_num, int field_num);
char *dk_PQgetvalue(const PGresult *res, int tup_num, int field_num);
int dk_PQgetlength(const PGresult *res, int tup_num, int field_num);
PGcancel *dk_PQgetCancel(PGconn *conn);
int dk_PQcancel(PGcancel *cancel, char *errbuf, int errbufsize);
void dk_PQfreeCancel(PGcancel *cancel);
int dk_PQputCopyData(PGconn *conn, const char *buffer, int nbytes);
int dk_PQputCopyEnd(PGconn *conn, const char *errormsg);

/// Waits until the connection's socket is readable or `timeout_ms` passed.
/// Returns 1 when readable, 0 on timeout or interruption (EINTR), -1 on error.
int dangke_pq_wait_readable(PGconn *conn, int timeout_ms);

/// Waits until the connection's socket is writable (for flushing COPY data) or `timeout_ms`.
int dangke_pq_wait_writable(PGconn *conn, int timeout_ms);

/// The field of an error result named by one of libpq's PG_DIAG_* letters ('C' SQLSTATE,
/// 'M' primary message, 'D' detail, 'H' hint), or NULL.
const char *dangke_pq_error_field(const PGresult *result, int field);

#endif
