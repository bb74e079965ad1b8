/**
 * The version a release commit announces in its subject: the commit a release tool or a
 * maintainer makes when cutting a version, which names the version the way a release branch's
 * name does. The conventions read are the common ones:
 *
 * - `1.2.3` or `v1.2.3` alone: `npm version`, `yarn version`;
 * - `chore(release): 1.2.3`, `chore(main): release 1.2.3`, `chore: release v1.2.3`:
 *   semantic-release, release-please, cargo-release, Conventional Commits by hand;
 * - `[maven-release-plugin] prepare release app-1.2.3`;
 * - `Release 1.2.3`, `Prepare release 1.2.3`, `Bump version to 1.2.3`, `Version 1.2.3`,
 *   `Update CHANGELOG.md for 1.2.3`, `Finalize changelog for 1.2.3.`
 *
 * The whole subject must be the announcement: only a closing `.`, ` [skip ci]` or a pull request
 * number ` (#12)` may follow the version. So `Release 1.0 branch created`, `Release v6.0.13 fixes
 * an issue` and `Bump lodash to 4.17.21` name nothing. A pre-release (`1.2.3-rc.1`) is not read:
 * a main line gives release versions. Subjects are untrusted: the expressions are anchored and
 * have no nested repetition (linear time), and only the first 200 characters are looked at.
 */
const VERSION = String.raw`v?(\d{1,9})\.(\d{1,9})(?:\.(\d{1,9}))?`;
const END = String.raw`\.?(?: \[(?:skip ci|ci skip)\]| \(#\d{1,9}\))*$`;
const ANNOUNCEMENTS = [
  // npm version, yarn version.
  new RegExp(`^${VERSION}${END}`),
  // Conventional Commits release commits (semantic-release, release-please, cargo-release).
  new RegExp(
    String.raw`^(?:chore|build|ci|release)(?:\([^)]{0,50}\))?!?: ?(?:release|publish|prepare release|bump version to|version)? ?${VERSION}${END}`,
    'i',
  ),
  new RegExp(String.raw`^\[maven-release-plugin\] prepare release (?:[\w.-]{1,100}-)?${VERSION}${END}`, 'i'),
  new RegExp(
    String.raw`^(?:release|released|releasing|prepare release|prepare for release|bump version to|bumped version to|set version to|version|(?:finali[sz]e|update|updated) (?:the )?(?:changelog|changelog\.md|release notes|release) for):? ${VERSION}${END}`,
    'i',
  ),
];

/** `X.Y.Z` (a two-part `X.Y` as `X.Y.0`), or undefined when the subject announces no release. */
export function releaseSubjectVersion(message: string): string | undefined {
  const newline = message.indexOf('\n');
  const subject = (newline < 0 ? message : message.slice(0, newline)).slice(0, 200).trim();
  for (const re of ANNOUNCEMENTS) {
    const m = re.exec(subject);
    if (m) return `${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}`;
  }
  return undefined;
}
