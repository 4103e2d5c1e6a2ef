using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Stance.Model.Input;

namespace Stance.Model.Batch;

/// <summary>Finds the article files of a batch, sorted by path, filtered and sharded; unreadable folders are reported, not fatal.</summary>
public static class FileDiscovery
{
    /// <summary>The marker every HTML page Stance writes carries, so a later run never reads a report as an article.</summary>
    public const string GeneratorMarker = "<meta name=\"generator\" content=\"Stance";

    /// <summary>The files to label and the folders that could not be listed (path, reason).</summary>
    /// <exception cref="ArticleReadException">An input path does not exist.</exception>
    public static (List<string> Files, List<(string Path, string Reason)> Problems) Find(BatchOptions options)
    {
        var result = Discover(options);
        return (result.Files, result.Problems);
    }

    /// <summary>
    /// The files to label, with what was passed over: other extensions, filtered files, and the
    /// run's own outputs (<paramref name="ownOutputs"/>: files, or folders whose contents are
    /// outputs) or Stance's reports of earlier runs, which are never read back as articles.
    /// </summary>
    /// <exception cref="ArticleReadException">An input path does not exist.</exception>
    public static DiscoveryResult Discover(BatchOptions options, IReadOnlyCollection<string>? ownOutputs = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var walk = new Walker(options, ownOutputs ?? []);
        foreach (var input in options.Inputs)
        {
            if (File.Exists(input))
            {
                walk.Result.Files.Add(input);
                continue;
            }

            if (!Directory.Exists(input))
            {
                throw new ArticleReadException(input, InputProblem.NotFound, "no such file or folder");
            }

            walk.Walk(input, input);
        }

        var result = walk.Result;
        var files = result.Files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        result.Selected = files.Count;
        if (options.Shard is { } shard)
        {
            files = files.Where(f => ShardOf(f, shard.N) == shard.K).ToList();
        }

        result.Files.Clear();
        result.Files.AddRange(files);
        return result;
    }

    /// <summary>The 1-based shard of <paramref name="path"/> among <paramref name="shards"/>: stable across machines and runs.</summary>
    public static int ShardOf(string path, int shards)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(path.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)shards) + 1;
    }

    private sealed class Walker(BatchOptions options, IReadOnlyCollection<string> ownOutputs)
    {
        private readonly List<Regex> _include = options.Include.Select(Glob).ToList();
        private readonly List<Regex> _exclude = options.Exclude.Select(Glob).ToList();
        private readonly HashSet<string> _own = ownOutputs.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);

        public DiscoveryResult Result { get; } = new();

        public void Walk(string root, string folder)
        {
            string[] entries, folders;
            try
            {
                entries = Directory.GetFiles(folder);
                folders = options.Recursive ? Directory.GetDirectories(folder) : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Result.Problems.Add((folder, $"folder cannot be read ({e.Message})"));
                return;
            }

            foreach (var file in entries)
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var extension = Path.GetExtension(file).ToLowerInvariant();
                if (_own.Contains(Path.GetFullPath(file)) || IsOwnPartial(file) || (ArticleReader.Extensions.Contains(extension) && IsStanceReport(file, extension)))
                {
                    Result.OwnOutputs++;
                }
                else if (!ArticleReader.Extensions.Contains(extension))
                {
                    var key = extension.Length == 0 ? "(none)" : extension;
                    Result.SkippedByExtension[key] = Result.SkippedByExtension.GetValueOrDefault(key) + 1;
                }
                else if ((_include.Count > 0 && !_include.Any(g => g.IsMatch(relative))) || _exclude.Any(g => g.IsMatch(relative)))
                {
                    Result.Filtered++;
                }
                else
                {
                    Result.Files.Add(file);
                }
            }

            foreach (var sub in folders)
            {
                if (_own.Contains(Path.GetFullPath(sub)))
                {
                    Result.OwnOutputs++;
                    continue;
                }

                Walk(root, sub);
            }
        }

        /// <summary>The partial (not yet renamed) files of this run's outputs.</summary>
        private bool IsOwnPartial(string file) =>
            file.EndsWith(".partial", StringComparison.Ordinal) && _own.Contains(Path.GetFullPath(file[..^".partial".Length]));

        private static bool IsStanceReport(string file, string extension)
        {
            if (extension is not (".html" or ".htm"))
            {
                return false;
            }

            try
            {
                using var stream = File.OpenRead(file);
                var head = new byte[1024];
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                return Encoding.UTF8.GetString(head, 0, read).Contains(GeneratorMarker, StringComparison.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable files are reported by the reader, with their reason.
                return false;
            }
        }
    }

    /// <summary>A glob (*, **, ?) as a regex over '/'-separated relative paths; a glob without '/' matches the file name.</summary>
    private static Regex Glob(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*\*/", "(.*/)?").Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]");
        return new Regex(glob.Contains('/') ? $"^{pattern}$" : $"(^|/){pattern}$", RegexOptions.CultureInvariant);
    }
}
