/**
 * File formats a channel takes for a media type, as file-name extensions, and the limits shown
 * beside them. One list serves both the field hint and the check of the link.
 */
export interface MediaFormat {
	/** Lowercase, with the dot: '.jpg'. */
	extensions: readonly string[];
	/** Size and other limits, shown after the formats. */
	limits: string;
}

/** "JPEG, JPG or PNG" from ['.jpeg', '.jpg', '.png']. */
export function formatNames(extensions: readonly string[]): string {
	const names = extensions.map((extension) => extension.slice(1).toUpperCase());
	return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function mediaHint(format: MediaFormat): string {
	return `${formatNames(format.extensions)}; ${format.limits}`;
}

export function mediaHints<T extends string>(formats: Record<T, MediaFormat>): Record<T, string> {
	const hints = {} as Record<T, string>;
	for (const type of Object.keys(formats) as T[]) hints[type] = mediaHint(formats[type]);
	return hints;
}

/**
 * Extensions that name a file type for certain. A link is refused only when its file name ends in
 * one of these and the channel does not take it: other names ("report.v2", a CDN's "a1b2.c3d4",
 * download scripts such as "get.php") may still serve the right file, so they are left to INCS.
 *
 * Programs, scripts and installers are listed too, so a document link such as "setup.exe" is
 * refused before it reaches a customer. Every channel's document list rules them out: WhatsApp
 * takes TXT, XLS(X), DOC(X), PPT(X) and PDF (Meta Cloud API "Supported media types"), Viber DOC(X),
 * XLS(X), CSV and PDF (INCS "Send Viber message"), RCS PDF only (INCS "Send RCS message").
 */
export const WELL_KNOWN_FILE_EXTENSIONS: ReadonlySet<string> = new Set([
	// images
	'.jpg', '.jpeg', '.jfif', '.png', '.gif', '.webp', '.heic', '.heif', '.bmp', '.tif', '.tiff', '.svg', '.ico', '.psd',
	// video
	'.mp4', '.m4v', '.m4p', '.3gp', '.3g2', '.mov', '.avi', '.mkv', '.wmv', '.flv', '.webm', '.mpg', '.mpeg', '.ogv', '.h263',
	// audio
	'.mp3', '.aac', '.amr', '.m4a', '.ogg', '.opus', '.wav', '.flac', '.wma',
	// documents and archives
	'.pdf', '.txt', '.csv', '.rtf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods', '.odp', '.epub',
	'.zip', '.rar', '.7z', '.tar', '.gz', '.html', '.htm', '.json', '.xml',
	// programs, scripts and installers
	'.exe', '.msi', '.bat', '.cmd', '.scr', '.ps1', '.vbs', '.js', '.jar', '.apk', '.dmg', '.pkg', '.deb', '.rpm', '.sh', '.dll', '.iso',
]);
