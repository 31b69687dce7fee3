// The relay's wire format, both ways: a 4-byte big-endian length, then that many bytes of JSON.

/** Calls `onMessage` with each whole frame read from `stream`. */
export function readFrames(stream, onMessage) {
  let pending = Buffer.alloc(0);
  stream.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const length = pending.readUInt32BE(0);
      if (pending.length < 4 + length) break;
      const message = JSON.parse(pending.subarray(4, 4 + length).toString('utf8'));
      pending = pending.subarray(4 + length);
      onMessage(message);
    }
  });
}

/** Writes `message` to `stream` as one frame. */
export function writeFrame(stream, message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  stream.write(Buffer.concat([head, body]));
}
