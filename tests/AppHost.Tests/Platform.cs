// The AppHost it tests runs on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
