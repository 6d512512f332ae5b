// After a bulk load the planner's statistics describe the graph before it (an empty one, on a first start): resample
// every index, then clear the plan cache, waiting up to $timeoutSeconds, so the plans made next (by the warm-up) fit the
// graph and are not thrown away for "statistics diverged" while users wait on the first questions.
CALL db.prepareForReplanning(toInteger($timeoutSeconds))
