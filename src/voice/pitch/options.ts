// The pitch tracker's settings, named and defaulted as Praat's "To Pitch (ac)"
// names them (Boersma 1993), for speech: 60–400 Hz, 10 ms steps.
export interface PitchOptions {
  /** Lowest pitch looked for (Hz); the window is three of its periods. */
  minPitch: number;
  maxPitch: number;
  /** Seconds between frames. */
  timeStep: number;
  /** Candidates kept per frame, the unvoiced one included. */
  maxCandidates: number;
  /** A frame whose best peak is below this is likelier unvoiced. */
  voicingThreshold: number;
  /** Frames quieter than this fraction of the loudest peak are likelier unvoiced. */
  silenceThreshold: number;
  /** Favours higher candidates a little (per octave): the subharmonic's peak is as high as the true one's. */
  octaveCost: number;
  /** Cost of a jump of one octave between frames. */
  octaveJumpCost: number;
  /** Cost of a change between voiced and unvoiced. */
  voicedUnvoicedCost: number;
}

export const SPEECH: PitchOptions = {
  minPitch: 60, maxPitch: 400, timeStep: 0.01, maxCandidates: 15,
  voicingThreshold: 0.45, silenceThreshold: 0.03, octaveCost: 0.01, octaveJumpCost: 0.35, voicedUnvoicedCost: 0.14,
};
