package org.dialectica.papers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The papers (V16), in plain SQL that H2 and PostgreSQL both read. Rights are {@link Papers}' concern. */
@Repository
class PaperStore {
    private final JdbcTemplate jdbc;

    PaperStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("select exists (select 1 from paper)", Boolean.class));
    }

    boolean exists(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from paper where id = ?)", Boolean.class, id));
    }

    /** @param addedBy the login of who added it, null for a seed paper */
    void insert(Paper paper, String addedBy) {
        jdbc.update("insert into paper (id, title, language, kind, text, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?)",
                paper.id(), paper.title(), paper.language(), paper.kind().name(), paper.text(), addedBy,
                OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    }

    Optional<Paper> find(String id) {
        return jdbc.query("select id, title, language, kind, text from paper where id = ?", PaperStore::paper, id).stream().findFirst();
    }

    /** Every paper without its text, by id. */
    List<Papers.Listed> list() {
        return jdbc.query("select id, title, language, kind, added_by from paper order by id",
                (rs, n) -> new Papers.Listed(rs.getString(1), rs.getString(2), rs.getString(3), Paper.Kind.valueOf(rs.getString(4)),
                        rs.getString(5)));
    }

    List<String> ids() {
        return jdbc.queryForList("select id from paper", String.class);
    }

    private static Paper paper(ResultSet rs, int row) throws SQLException {
        return new Paper(rs.getString(1), rs.getString(2), rs.getString(3), Paper.Kind.valueOf(rs.getString(4)), rs.getString(5));
    }
}
