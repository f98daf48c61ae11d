-- Conflicts suggested from the claims' texts that someone who may edit the map dismissed: that pair
-- of claims is never suggested on that map again. The pair is kept as the smaller claim id first;
-- nothing here names a claim row, so a dismissal outlives a claim deleted and written again.
create table dismissed_suggestion (
    map_id       varchar(200) not null references argument_map (id) on delete cascade,
    claim_a      varchar(300) not null,
    claim_b      varchar(300) not null,
    -- the login and name as they were: the record stays readable when its account goes
    dismissed_by varchar(100) not null,
    dismissed_at timestamp with time zone not null,
    primary key (map_id, claim_a, claim_b)
);
