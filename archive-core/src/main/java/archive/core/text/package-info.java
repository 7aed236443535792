/**
 * The text vocabulary metadata extraction and provenance share, so a rule about text is written once: month names,
 * defense.gov addresses (which hosts are the Department of Defense's, the date in a defense.gov media path), page
 * addresses (when two name one page, which site a named publication owns). Each
 * rule here has one owner; the features read texts through it.
 */
package archive.core.text;
