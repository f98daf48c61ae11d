-- Wrong passwords counted per login and per address (LoginThrottle), in the database so that every
-- instance on it counts the same guesses and a restart forgives nothing. A row is forgotten an
-- hour after its last failure: a sweep deletes such rows (by last_failure, hence the index).
create table login_failures (
    kind         varchar(7)   not null,
    name         varchar(200) not null,
    failures     integer      not null,
    last_failure timestamp with time zone not null,
    primary key (kind, name)
);
create index login_failures_last_failure on login_failures (last_failure);
