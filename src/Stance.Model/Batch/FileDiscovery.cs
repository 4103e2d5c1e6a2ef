using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Stance.Model.Input;

namespace Stance.Model.Batch;

/// <summary>Finds the article files of a batch, sorted by path, filtered and sharded; unreadable folders are reported, not fatal.</summary>
public static class FileDiscovery
{
    /// <summary>The files to label and the folders that could not be listed (path, reason).</summary>
    /// <exception cref="ArticleReadException">An input path does not exist.</exception>
    public static (List<string> Files, List<(string Path, string Reason)> Problems) Find(BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var include = options.Include.Select(Glob).ToList();
        var exclude = options.Exclude.Select(Glob).ToList();
        var files = new List<string>();
        var problems = new List<(string, string)>();
        foreach (var input in options.Inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
                continue;
            }

            if (!Directory.Exists(input))
            {
                throw new ArticleReadException(input, InputProblem.NotFound, "no such file or folder");
            }

            Walk(input, input, options.Recursive, files, problems, include, exclude);
        }

        files = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (options.Shard is { } shard)
        {
            files = files.Where(f => ShardOf(f, shard.N) == shard.K).ToList();
        }

        return (files, problems);
    }

    /// <summary>The 1-based shard of <paramref name="path"/> among <paramref name="shards"/>: stable across machines and runs.</summary>
    public static int ShardOf(string path, int shards)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(path.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)shards) + 1;
    }

    private static void Walk(string root, string folder, bool recursive, List<string> files, List<(string, string)> problems, List<Regex> include, List<Regex> exclude)
    {
        string[] entries, folders;
        try
        {
            entries = Directory.GetFiles(folder);
            folders = recursive ? Directory.GetDirectories(folder) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add((folder, $"folder cannot be read ({e.Message})"));
            return;
        }

        foreach (var file in entries)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (!ArticleReader.Extensions.Contains(extension)
                || (include.Count > 0 && !include.Any(g => g.IsMatch(relative)))
                || exclude.Any(g => g.IsMatch(relative)))
            {
                continue;
            }

            files.Add(file);
        }

        foreach (var sub in folders)
        {
            Walk(root, sub, recursive, files, problems, include, exclude);
        }
    }

    /// <summary>A glob (*, **, ?) as a regex over '/'-separated relative paths; a glob without '/' matches the file name.</summary>
    private static Regex Glob(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex(glob.Contains('/') ? $"^{pattern}$" : $"(^|/){pattern}$", RegexOptions.CultureInvariant);
    }
}
