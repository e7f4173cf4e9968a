// The audio thread's only job: copy the microphone's 128-sample blocks into
// chunks of CHUNK samples and post each to the page (its buffer transferred).
// Nothing is analysed here: the audio thread must never miss a block.

// The AudioWorkletGlobalScope's names (TypeScript's DOM library has none of them).
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

/** ~43 ms at 48 kHz: the level meter's step, and few enough messages. */
const CHUNK = 2048;

class Recorder extends AudioWorkletProcessor {
  private chunk = new Float32Array(CHUNK);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    // The first channel: speech is mono (the constraints ask for one channel).
    const block = inputs[0]?.[0];
    if (!block) return true;
    let at = 0;
    while (at < block.length) {
      const n = Math.min(block.length - at, CHUNK - this.filled);
      this.chunk.set(block.subarray(at, at + n), this.filled);
      this.filled += n;
      at += n;
      if (this.filled === CHUNK) {
        this.port.postMessage(this.chunk, [this.chunk.buffer]);
        this.chunk = new Float32Array(CHUNK);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('lovi-recorder', Recorder);
