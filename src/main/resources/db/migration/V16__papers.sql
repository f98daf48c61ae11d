-- Papers: the texts claims quote (papers/). id is the file name claims cite in source.paper
-- (004_f5840cd7195cf325.txt). text is the text as given; for a PDF (kind 'PDF') its pages' texts,
-- each ended by a form feed, so the pages stay locators. added_by is null for the seed papers.
create table paper (
    id        varchar(200) primary key,
    title     varchar(1000) not null,
    language  varchar(2) not null,
    kind      varchar(10) not null,
    text      text not null,
    added_by  varchar(100) references account (login) on delete set null,
    added_at  timestamp with time zone not null
);

-- The papers an assignment is about, in the order the teacher listed them.
create table assignment_paper (
    assignment_id bigint not null references assignment (id) on delete cascade,
    paper_id      varchar(200) not null references paper (id) on delete cascade,
    position      integer not null,
    primary key (assignment_id, paper_id)
);
