namespace HoukatsuCare.ServiceDefaults.Hosting;

/// <summary>A start-up failure an operator can fix: its message is the one line they need to read.</summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
