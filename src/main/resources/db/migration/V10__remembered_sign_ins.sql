-- "Keep me signed in": one row per browser that asked for it (Spring Security's persistent
-- remember-me tokens). The series names the browser and stays; the token changes at every use, so
-- a stolen cookie used once makes the owner's next visit fail and all of that login's rows go.
-- Rows of a login are deleted at sign-out, password change, role change and disabling.
create table persistent_logins (
    username  varchar(100) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp not null
);
create index persistent_logins_username on persistent_logins (username);
