-- The ids of deleted maps, never given to a new map: a page still open on a deleted map must not
-- write into a newcomer that took its id.
create table deleted_map_id (
    id         varchar(200) primary key,
    deleted_at timestamp with time zone not null
);

-- A map imported from an abstract framework: its claims stand unless defeated, as in the framework.
alter table argument_map add column abstract_framework boolean default false not null;
