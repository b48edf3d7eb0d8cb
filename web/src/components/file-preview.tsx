// A small preview of a local image file the person picked, from an object URL
// (the Content-Security-Policy's img-src allows blob:). The URL holds the file
// in memory until revoked: it is revoked when the file changes or the preview
// goes. A file the browser cannot show (not an image after all) leaves the
// neutral box: the API judges it when it is sent.
import { useEffect, useState } from 'react';

export function FilePreview({ file, alt }: { file: Blob; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [broken, setBroken] = useState(false);
  // Made in an effect, not during render, so that each URL made is revoked
  // (React may render and throw away a render without running effects).
  useEffect(() => {
    const made = URL.createObjectURL(file);
    setUrl(made);
    setBroken(false);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return (
    <span className="file-preview">
      {url && !broken ? (
        <img
          className="file-preview__image"
          src={url}
          alt={alt}
          decoding="async"
          onError={() => setBroken(true)}
          data-testid="picked-preview"
        />
      ) : null}
    </span>
  );
}
