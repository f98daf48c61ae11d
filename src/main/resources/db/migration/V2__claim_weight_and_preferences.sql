-- A claim's base score for the gradual strength, and the claims it is preferred over (a ruling).
alter table claim add column weight double precision;
alter table claim add column preferred_over varchar(20000);
