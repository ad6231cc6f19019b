// Hosts share one broker and two CPU cores with other suites: one test at a time keeps timings honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
