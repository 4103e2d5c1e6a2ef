namespace Stance.Cli.Tests;

/// <summary>Tests that may run apt-get share this collection, so two installs never race for the dpkg lock.</summary>
[CollectionDefinition(Collection)]
public sealed class SystemPackages
{
    public const string Collection = "system packages";
}
