-- Who views each map through each application instance, when several share one PostgreSQL
-- database: an instance writes the names of its own viewers and renews them while it runs, so
-- the rows of an instance that died expire by themselves (the embedded H2 has one instance and
-- leaves this table empty).
create table map_presence (
    instance_id varchar(100) not null,
    map_id      varchar(200) not null,
    -- the viewers' display names, as a JSON array
    names       text not null,
    expires_at  timestamp with time zone not null,
    primary key (instance_id, map_id)
);
create index map_presence_map on map_presence (map_id);
