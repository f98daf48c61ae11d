package org.dialectica.grading;

/** A teacher's verdict on one claim of a student's map, as Kialo Edu's review marks. */
public enum ReviewMark {
    UNSUPPORTED, DUPLICATE, UNRELATED, MISQUOTED, GOOD
}
