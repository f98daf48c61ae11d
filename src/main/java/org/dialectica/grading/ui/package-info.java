/**
 * The grading pages: the assignments, a student's work and feedback, the grader's view of a
 * submission beside the reference, the rubric editor and the class report. Every page asks the
 * {@link org.dialectica.grading.Assignments} service, which checks every call; a page only hides
 * what the service would refuse anyway.
 */
package org.dialectica.grading.ui;
