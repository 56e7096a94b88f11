/**
 * The human labelling loop, run for a workspace by {@link dev.chorus.labelling.Labelling}: export the stored posts the models are least sure about as a coding sheet
 * ({@link dev.chorus.labelling.LabelExport}), read coded sheets back with validation
 * ({@link dev.chorus.labelling.CodeSheetReader}), keep every code once in {@code WORKSPACE/labels/codes.ndjson}
 * ({@link dev.chorus.labelling.CodeStore}), turn multi-coder codes into training files by majority
 * ({@link dev.chorus.labelling.Consensus}), say how far coders agree with each other and with the model
 * ({@link dev.chorus.labelling.AgreementReport}), and roughly how many more codes a target needs for the next gain,
 * from a learning curve ({@link dev.chorus.labelling.LabelsNeeded}).
 */
package dev.chorus.labelling;
