-- Quartz's clustered job store takes its locks as rows of qrtz_locks, and inserts a missing row on first use. Two
-- replicas starting together on a new database both insert it; on PostgreSQL the loser's transaction is then aborted
-- and its scheduler fails to start ("duplicate key value violates unique constraint qrtz_locks_pkey"). The rows are
-- created here, once, by Flyway (which takes its own lock), for Quarkus' scheduler name.
insert into qrtz_locks (sched_name, lock_name) values ('QuarkusQuartzScheduler', 'TRIGGER_ACCESS');
insert into qrtz_locks (sched_name, lock_name) values ('QuarkusQuartzScheduler', 'STATE_ACCESS');
