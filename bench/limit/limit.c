// The limit of this machine for the benchmark's q2, q4 and q7: the bare loops those queries
// need, in plain C over arrays of the same sizes and shapes as Dangke's columns, with no
// Dangke code, timed on every core (one thread per core, partial results merged) and on one.
//
//   q2  count attendance by member.category
//       gather attendance.member (int32 row) -> members.category (uint32 code), count per code
//   q4  avg score of attendance by session.type
//       gather attendance.session -> sessions.type, sum and count of score (int64, some empty)
//   q7  sum hours of attendance by month(session.date), session.mode
//       a group per session (month x mode, one pass over sessions), then gather it through
//       attendance.session and sum attendance.hours (double)
//
// usage: limit [--attendance N] [--members N] [--sessions N] [--runs N] [--threads N]
// Prints one line per query: "q2 <ms on all threads> <ms on one thread>" (medians of runs).
// Built and run by bench/compare.sh: cc -O2 -pthread bench/limit/limit.c -o bench/out/limit
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MISSING_INT INT64_MIN
#define CATEGORIES 5
#define TYPES 8
#define MODES 2
#define MONTHS 132  // 2015-01 .. 2025-12
#define MAX_GROUPS (MONTHS * MODES)

static long attendance = 10000000, members = 2000000, sessions = 200000;
static int32_t *att_member, *att_session, *ses_date;
static uint32_t *mem_category, *ses_type, *ses_mode;
static int64_t *att_score;
static double *att_hours;

static uint64_t seed = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) {  // splitmix64
  uint64_t z = (seed += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Arrays shaped as the generator's: attendance ordered by session, members at random, a
// score missing in one row of ten, dates from 2015 to 2025.
static void make_data(void) {
  att_member = malloc(sizeof(int32_t) * attendance);
  att_session = malloc(sizeof(int32_t) * attendance);
  att_score = malloc(sizeof(int64_t) * attendance);
  att_hours = malloc(sizeof(double) * attendance);
  mem_category = malloc(sizeof(uint32_t) * members);
  ses_type = malloc(sizeof(uint32_t) * sessions);
  ses_mode = malloc(sizeof(uint32_t) * sessions);
  ses_date = malloc(sizeof(int32_t) * sessions);
  for (long i = 0; i < attendance; i++) {
    att_member[i] = (int32_t)(next() % members);
    att_session[i] = (int32_t)(i * sessions / attendance);
    uint64_t r = next();
    att_score[i] = r % 10 == 0 ? MISSING_INT : (int64_t)(1 + (r >> 8) % 5);
    att_hours[i] = 0.5 * (double)(1 + (r >> 16) % 6);
  }
  for (long i = 0; i < members; i++) mem_category[i] = (uint32_t)(next() % CATEGORIES);
  for (long i = 0; i < sessions; i++) {
    ses_type[i] = (uint32_t)(next() % TYPES);
    ses_mode[i] = (uint32_t)(next() % MODES);
    ses_date[i] = 16436 + (int32_t)(next() % 4017);  // days since 1970: 2015-01-01 + 11 years
  }
}

// The month (0-based from 2015-01) of a day count since 1970-01-01 (civil from days).
static int month_of(int32_t days) {
  int64_t z = (int64_t)days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y += 1;
  int month = (int)((y - 2015) * 12 + (m - 1));
  return month < 0 ? 0 : (month >= MONTHS ? MONTHS - 1 : month);
}

struct job {
  int query;
  long lo, hi;
  uint16_t *group;  // q7: each session's group
  int64_t counts[MAX_GROUPS];
  int64_t sums[MAX_GROUPS];
  double fsums[MAX_GROUPS];
};

static void *run_part(void *p) {
  struct job *j = p;
  memset(j->counts, 0, sizeof j->counts);
  memset(j->sums, 0, sizeof j->sums);
  memset(j->fsums, 0, sizeof j->fsums);
  switch (j->query) {
    case 2:
      for (long i = j->lo; i < j->hi; i++) {
        int32_t r = att_member[i];
        if (r >= 0) j->counts[mem_category[r]]++;
      }
      break;
    case 4:
      for (long i = j->lo; i < j->hi; i++) {
        int32_t r = att_session[i];
        int64_t s = att_score[i];
        if (r >= 0 && s != MISSING_INT) {
          uint32_t t = ses_type[r];
          j->sums[t] += s;
          j->counts[t]++;
        }
      }
      break;
    case 7:
      for (long i = j->lo; i < j->hi; i++) {
        int32_t r = att_session[i];
        if (r >= 0) j->fsums[j->group[r]] += att_hours[i];
      }
      break;
  }
  return NULL;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static volatile double sink;

// One run of `query` on `threads` threads; returns wall milliseconds.
static double run_query(int query, int threads) {
  double start = now_ms();
  uint16_t *group = NULL;
  if (query == 7) {
    group = malloc(sizeof(uint16_t) * sessions);
    for (long s = 0; s < sessions; s++)
      group[s] = (uint16_t)(month_of(ses_date[s]) * MODES + ses_mode[s]);
  }
  struct job *jobs = calloc(threads, sizeof(struct job));
  pthread_t *ids = calloc(threads, sizeof(pthread_t));
  for (int t = 0; t < threads; t++) {
    jobs[t].query = query;
    jobs[t].lo = attendance * t / threads;
    jobs[t].hi = attendance * (t + 1) / threads;
    jobs[t].group = group;
    if (t > 0) pthread_create(&ids[t], NULL, run_part, &jobs[t]);
  }
  run_part(&jobs[0]);
  for (int t = 1; t < threads; t++) pthread_join(ids[t], NULL);
  double total = 0;  // merge, and keep the answer alive
  for (int t = 0; t < threads; t++)
    for (int g = 0; g < MAX_GROUPS; g++)
      total += (double)jobs[t].counts[g] + (double)jobs[t].sums[g] + jobs[t].fsums[g];
  sink = total;
  free(jobs);
  free(ids);
  free(group);
  return now_ms() - start;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(int query, int threads, int runs) {
  double *t = malloc(sizeof(double) * runs);
  run_query(query, threads);  // warm-up
  for (int r = 0; r < runs; r++) t[r] = run_query(query, threads);
  qsort(t, runs, sizeof(double), compare);
  double m = t[(runs - 1) / 2];
  free(t);
  return m;
}

int main(int argc, char **argv) {
  int runs = 5;
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  int threads = cores > 0 ? (int)cores : 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    long v = atol(argv[i + 1]);
    if (strcmp(argv[i], "--attendance") == 0) attendance = v;
    else if (strcmp(argv[i], "--members") == 0) members = v;
    else if (strcmp(argv[i], "--sessions") == 0) sessions = v;
    else if (strcmp(argv[i], "--runs") == 0) runs = (int)v;
    else if (strcmp(argv[i], "--threads") == 0) threads = (int)v;
    else {
      fprintf(stderr, "limit: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (attendance < 1 || members < 1 || sessions < 1 || runs < 1 || threads < 1) {
    fprintf(stderr, "limit: sizes, runs and threads must be at least 1\n");
    return 2;
  }
  make_data();
  printf("# bare loops over %ld attendance rows, %ld members, %ld sessions; %d threads\n",
         attendance, members, sessions, threads);
  int queries[] = {2, 4, 7};
  for (int k = 0; k < 3; k++) {
    double all = median(queries[k], threads, runs);
    double one = median(queries[k], 1, runs);
    printf("q%d %.1f %.1f\n", queries[k], all, one);
  }
  return 0;
}
