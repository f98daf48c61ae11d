-- Issue 17. The reference is the answer key: hidden from the class's students (the app reads this
-- table for that). What students begin from is apart: EMPTY, THESES (the reference's theses only) or
-- MAP (starter_map_id, read on the teacher's behalf and copied for the student).
alter table assignment add starter_kind varchar(20) default 'EMPTY' not null;
alter table assignment add starter_map_id varchar(200);
alter table assignment add constraint assignment_starter_map foreign key (starter_map_id) references argument_map (id) on delete set null;
-- Before, "Start from the starter map" copied the reference: those assignments keep that starter,
-- a pointer to the same map (nothing copied); their page tells the teacher students copy the answer key.
update assignment set starter_kind = 'MAP', starter_map_id = reference_map_id where reference_map_id is not null;

-- Each change of points, pass marks or rules makes a new version; each grade records the one it used.
alter table assignment add rubric_version integer default 1 not null;
-- null: graded before versions were kept (shown as graded under an earlier rubric until graded again)
alter table review add rubric_version integer;
-- the teacher's points a regrade could not keep (their criterion is gone), one per line
alter table review add dropped varchar(4000);

-- A rubric's decision tables (.csv, or .xlsx as Base64) beside its .drl, as one JSON object of
-- file name to text; null when it has none.
alter table assignment add rubric_tables varchar(1000000);
