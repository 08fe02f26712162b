// A person's photo: taken with the device's camera or chosen from its pictures, and made into
// the small JPEG a record keeps (the core refuses more than 64 KiB, `MAX_PHOTO_BYTES`).
//
// Written by hand because it is a few calls of the platform (createImageBitmap, a canvas,
// toBlob): no library would be smaller. Re-encoding is also what drops the picture's metadata:
// a phone's camera writes where and when the picture was taken, which a record must not carry.

/** Longest side of a kept photo, in pixels: enough to recognise a face on a tablet. */
const SIDES = [480, 360, 240] as const;
/** JPEG qualities tried at each side, best first. */
const QUALITIES = [0.82, 0.68, 0.52] as const;
/** What a kept photo may weigh: under the core's 64 KiB, with room to spare. */
export const PHOTO_MAX_BYTES = 60 * 1024;

/** The picture could not be read as an image (not a picture, or a format WebKit cannot decode). */
export class UnreadablePhoto extends Error {}

/**
 * Scales a picture down to at most 480 pixels a side, upright as the camera held it, and
 * encodes it as JPEG; a lower quality, then a smaller side, until it weighs at most
 * {@link PHOTO_MAX_BYTES}.
 */
export async function shrinkPhoto(file: Blob): Promise<number[]> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    throw new UnreadablePhoto("not a picture this device can read");
  }
  try {
    for (const side of SIDES) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const context = canvas.getContext("2d");
      if (!context) throw new UnreadablePhoto("no canvas to draw the picture on");
      // JPEG has no transparency: a transparent picture gets a white background, not black.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of QUALITIES) {
        const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/jpeg", quality));
        if (!blob) throw new UnreadablePhoto("the picture could not be encoded");
        if (blob.size <= PHOTO_MAX_BYTES) return Array.from(new Uint8Array(await blob.arrayBuffer()));
      }
    }
  } finally {
    bitmap.close();
  }
  throw new UnreadablePhoto("the picture stays too large");
}

/** URLs already made, by photo: the screens that show a photo are drawn again on every change. */
const urls = new WeakMap<ReadonlyArray<number>, string>();

/** A kept photo as a `data:` URL for an `<img>` (the app's CSP allows `data:` images only). */
export function photoUrl(bytes: ReadonlyArray<number>): string {
  const made = urls.get(bytes);
  if (made !== undefined) return made;
  let text = "";
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.slice(i, i + 8192));
  }
  const url = `data:image/jpeg;base64,${btoa(text)}`;
  urls.set(bytes, url);
  return url;
}
