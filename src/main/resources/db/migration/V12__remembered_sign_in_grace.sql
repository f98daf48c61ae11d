-- Two tabs of one browser that come back at the same moment (after a restart) present the same
-- token: the first rotates it, the second would look like a stolen cookie and sign the person out
-- everywhere. The value just replaced is kept with the time it was replaced, and accepted (without
-- another rotation) for a short grace; an older value still counts as theft.
alter table persistent_logins add column previous_token varchar(64);
alter table persistent_logins add column rotated_at timestamp;
