// The AppHost drives POSIX process groups, runuser and the Debian/Ubuntu server packages: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
