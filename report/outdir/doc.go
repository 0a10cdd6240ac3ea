// Package outdir builds a report folder atomically: Stage makes a temporary
// sibling of the final folder (OUT/.tmp-NAME-*), the report is written
// there, and Publish renames it into place only when complete, replacing a
// previous report of the same name. A failed run calls Abort, which removes
// the temporary folder and leaves the previous report untouched.
package outdir
