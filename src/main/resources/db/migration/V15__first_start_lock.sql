-- Instances that start together on one empty database (PostgreSQL) each find it empty: the first
-- start's accounts and the sample maps are made by the one that takes the row's lock first
-- (select ... for update); the others wait for its commit, then find them made.
create table first_start_lock (
    name varchar(50) primary key
);
insert into first_start_lock (name) values ('accounts');
insert into first_start_lock (name) values ('sample-maps');
