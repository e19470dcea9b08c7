/**
 * Evaluation of the time stage: the French TimeBank (TimeML) with strict and relaxed extent F1 and
 * value accuracy, HeidelTime 2.2.1 scored beside it on the same files, and the seeds' expected time
 * expressions. Readers and scorers are stateless; {@link org.vigie.eval.time.HeidelTimeTagger} is
 * not thread-safe (HeidelTime keeps static configuration) and is used from one thread.
 */
package org.vigie.eval.time;
