/**
 * The grading pages: the assignments, a student's work and feedback, the grader's view of a
 * submission beside the reference, the rubric editor and the class report, and the progress of
 * a class graded again ({@code RegradeProgress}, polled while it runs). Every page asks the
 * {@link org.dialectica.grading.Assignments} service, which checks every call; a page only hides
 * what the service would refuse anyway.
 */
package org.dialectica.grading.ui;
